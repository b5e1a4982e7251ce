# Broadcart app image: builds core, plugins, app and admin; runs migrations and seeding on start.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true
COPY package.json package-lock.json ./
COPY core/package.json core/
COPY admin/package.json admin/
COPY client/package.json client/
COPY test-utils/package.json test-utils/
COPY plugins plugins
COPY modules modules
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true PORT=9000
# ffmpeg records live streams to HLS.
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
# HTTP API and HLS, socket.io, RTMP ingest, HTTP-FLV playback
EXPOSE 9000 9001 1935 8088
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s CMD node -e "fetch('http://localhost:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "scripts/start.mjs"]
