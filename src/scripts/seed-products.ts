/** Demo catalogue for a fresh install: a few products a live seller might pin on stream (prices in major units, as Medusa v2 keeps them). */
/** The active vendor that owns the demo products, so the store shows them as a marketplace would. */
export const DEMO_VENDOR = {
  handle: "broadcart-demo",
  name: "Broadcart Demo Shop",
  email: "demo-shop@broadcart.local",
  description: "Gear for going live, sold by the demo vendor.",
}

type Demo = {
  title: string
  handle: string
  description: string
  sizes?: string[]
  usd: number
  eur: number
}

const demos: Demo[] = [
  { title: "Studio Ring Light", handle: "studio-ring-light", description: "A 12-inch dimmable ring light for going live.", usd: 49, eur: 45 },
  { title: "Wireless Lavalier Mic", handle: "wireless-lavalier-mic", description: "Clip-on mic with 50 m range and noise reduction.", usd: 79, eur: 74 },
  { title: "Broadcart Hoodie", handle: "broadcart-hoodie", description: "Heavy cotton hoodie for long shows.", sizes: ["S", "M", "L", "XL"], usd: 55, eur: 52 },
  { title: "Phone Tripod", handle: "phone-tripod", description: "Extendable tripod with a Bluetooth remote.", usd: 29, eur: 27 },
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
