// The products every bench target shows: the bare page renders them from
// memory, bench/http.ts loads the same rows into Plaza's bench store.
export type BenchProduct = { id: string; handle: string; title: string; description: string; priceCents: number; stock: number };

export const BENCH_PRODUCTS: BenchProduct[] = Array.from({ length: 12 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
  handle: `product-${i + 1}`,
  title: `Product ${i + 1}`,
  description: `A fine product, number ${i + 1}, described in a sentence or two so the card has some text to clamp.`,
  priceCents: 1000 + i * 250,
  stock: i % 4 === 0 ? 3 : 20,
}));
