// The baseline origin: a bare Express app serving the HLS folder with express.static and CORS,
// as a plain Node file server would. node static-origin.mjs <media dir> <port>
import express from "express"

const [dir, port] = [process.argv[2], Number(process.argv[3])]
const app = express()
app.use("/hls", (_req, res, next) => (res.setHeader("Access-Control-Allow-Origin", "*"), next()), express.static(dir))
app.listen(port, "127.0.0.1", () => console.log("ready"))
