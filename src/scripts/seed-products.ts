/** Demo catalogue for a fresh install: a few products a live seller might pin on stream. */
type Demo = {
  title: string
  handle: string
  description: string
  sizes?: string[]
  usd: number
  eur: number
}

const demos: Demo[] = [
  { title: "Studio Ring Light", handle: "studio-ring-light", description: "A 12-inch dimmable ring light for going live.", usd: 4900, eur: 4500 },
  { title: "Wireless Lavalier Mic", handle: "wireless-lavalier-mic", description: "Clip-on mic with 50 m range and noise reduction.", usd: 7900, eur: 7400 },
  { title: "Broadcart Hoodie", handle: "broadcart-hoodie", description: "Heavy cotton hoodie for long shows.", sizes: ["S", "M", "L", "XL"], usd: 5500, eur: 5200 },
  { title: "Phone Tripod", handle: "phone-tripod", description: "Extendable tripod with a Bluetooth remote.", usd: 2900, eur: 2700 },
]

export const DEMO_PRODUCTS = demos.map(({ title, handle, description, sizes, usd, eur }) => {
  const values = sizes ?? ["One Size"]
  return {
    title,
    handle,
    description,
    options: [{ title: "Size", values }],
    variants: values.map((size) => ({
      title: size,
      sku: `${handle}-${size}`.toUpperCase(),
      options: { Size: size },
      manage_inventory: true,
      prices: [
        { amount: usd, currency_code: "usd" },
        { amount: eur, currency_code: "eur" },
      ],
    })),
  }
})
