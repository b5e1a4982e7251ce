import { screenFlvRequest } from "../flv-http"

describe("screenFlvRequest", () => {
  const id = "lstr_01JABCDEFGHJKMNPQRSTVWXYZ0"

  it("lets through only /live/<stream id>.flv, for plays, preflights and publishes", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "POST"]) {
      expect(screenFlvRequest(method, `/live/${id}.flv`)).toBeNull()
    }
    expect(screenFlvRequest("GET", `/live/${id}.flv?key=live_x&a=%E0`)).toBeNull()
    expect(screenFlvRequest("GET", `/live/%6Cstr_${id.slice(5)}.flv`)).toBeNull()
  })

  it("answers bad percent-encoding 400, other paths 404 and other methods 405", () => {
    expect(screenFlvRequest("GET", "/live/%E0%A4%A.flv")).toMatchObject({ status: 400, type: "invalid_data" })
    const notFound = { status: 404, type: "not_found", message: "Live stream not found" }
    for (const url of [
      "/live/lstr_%00.flv",
      "/live/%00.flv",
      `/live/${id}%00.flv`,
      `/other/${id}.flv`,
      `/live/${id}.flv/`,
      `/live/${id.toLowerCase()}.flv`,
      `/live/a%2F${id}.flv`,
      "/",
      "/admin",
      "/api/v1/info",
      "",
      undefined,
    ]) {
      expect(screenFlvRequest("GET", url)).toEqual(notFound)
    }
    expect(screenFlvRequest("DELETE", `/live/${id}.flv`)).toMatchObject({ status: 405, type: "not_allowed" })
  })
})
