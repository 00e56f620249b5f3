import { describe, expect, it } from 'vitest'
import { layoutMap } from './map'

describe('drawing cities from their coordinates', () => {
  const cities = [
    { code: 'shenzhen', latitude: 22.5431, longitude: 114.0579 },
    { code: 'changzhi', latitude: 36.195, longitude: 113.117 },
    { code: 'nowhere' },
  ]

  it('puts northern cities higher and leaves out cities without coordinates', () => {
    const map = layoutMap(cities, (c) => c, 600, 400)
    expect(map.placed.map((p) => p.item.code)).toEqual(['shenzhen', 'changzhi'])
    const [shenzhen, changzhi] = map.placed
    expect(changzhi!.y).toBeLessThan(shenzhen!.y)
    expect(changzhi!.x).toBeLessThan(shenzhen!.x)
  })

  it('keeps every city inside the drawing', () => {
    const { placed } = layoutMap(cities, (c) => c, 300, 300)
    expect(placed).toHaveLength(cities.filter((city) => city.latitude !== undefined).length)
    for (const p of placed) {
      expect(p.x).toBeGreaterThan(0)
      expect(p.x).toBeLessThan(300)
      expect(p.y).toBeGreaterThan(0)
      expect(p.y).toBeLessThan(300)
    }
  })
})
