import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PlaySolid } from "@medusajs/icons"
import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Stream = {
  id: string
  vendor_id: string
  vendor: { id: string; name: string; handle: string; status: string } | null
  title: string
  status: "scheduled" | "live" | "interrupted" | "ended" | "cancelled"
  scheduled_at: string | null
  started_at: string | null
  ended_at: string | null
  peak_viewers: number
  current_viewers: number
  playback_url: string | null
}

const COLORS = { scheduled: "blue", live: "red", interrupted: "purple", ended: "grey", cancelled: "orange" } as const

/** Live streams across vendors: what is live now, scheduled, ended (with replay links) or cancelled. */
const LiveStreamsPage = () => {
  const [status, setStatus] = useState("all")
  const [streams, setStreams] = useState<Stream[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const query = status === "all" ? "" : `&status=${status}`
    fetch(`/admin/live-streams?limit=100${query}`, { credentials: "include" })
      .then(async (res) => {
        const body = await res.json()
        if (!res.ok) {
          throw new Error(body.message ?? `Request failed (${res.status})`)
        }
        setStreams(body.live_streams)
      })
      .catch((e) => setError(e.message))
  }, [status])

  const when = (s: Stream) => {
    const at = s.started_at ?? s.scheduled_at ?? s.ended_at
    return at ? new Date(at).toLocaleString() : "Not scheduled"
  }

  return (
    <Container className="flex flex-col gap-y-4">
      <div className="flex items-center justify-between">
        <Heading>Live streams</Heading>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {["all", "live", "interrupted", "scheduled", "ended", "cancelled"].map((s) => (
              <Select.Item key={s} value={s}>
                {s}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Title</Table.HeaderCell>
            <Table.HeaderCell>Vendor</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Viewers (peak)</Table.HeaderCell>
            <Table.HeaderCell>Playback</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {streams.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.title}</Table.Cell>
              <Table.Cell>{s.vendor?.name ?? s.vendor_id}</Table.Cell>
              <Table.Cell>
                <Badge color={COLORS[s.status]}>{s.status}</Badge>
              </Table.Cell>
              <Table.Cell>{when(s)}</Table.Cell>
              <Table.Cell>
                {s.current_viewers} ({s.peak_viewers})
              </Table.Cell>
              <Table.Cell>
                {s.playback_url ? (
                  <a className="text-ui-fg-interactive" href={s.playback_url}>
                    HLS
                  </a>
                ) : (
                  "—"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Live streams", icon: PlaySolid })

export default LiveStreamsPage
