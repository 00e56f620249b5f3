/** Places cities on a drawing by their coordinates (equirectangular, fitted to the cities): no tile server. */
export interface Placed<T> {
  item: T
  x: number
  y: number
}

export interface MapLayout<T> {
  placed: Placed<T>[]
  parallels: { y: number; latitude: number }[]
  meridians: { x: number; longitude: number }[]
}

export function layoutMap<T>(
  items: T[],
  position: (item: T) => { latitude?: number | undefined; longitude?: number | undefined },
  width: number,
  height: number,
  margin = 40,
): MapLayout<T> {
  const located = items
    .map((item) => ({ item, ...position(item) }))
    .filter((p): p is { item: T; latitude: number; longitude: number } => p.latitude !== undefined && p.longitude !== undefined)
  if (located.length === 0) return { placed: [], parallels: [], meridians: [] }
  const lats = located.map((p) => p.latitude)
  const lons = located.map((p) => p.longitude)
  const south = Math.floor(Math.min(...lats) / 5) * 5 - 5
  const north = Math.ceil(Math.max(...lats) / 5) * 5 + 5
  const west = Math.floor(Math.min(...lons) / 5) * 5 - 5
  const east = Math.ceil(Math.max(...lons) / 5) * 5 + 5
  // One scale for both axes, shrunk by cos(latitude) horizontally so shapes are not stretched.
  const xStretch = Math.cos((((north + south) / 2) * Math.PI) / 180)
  const scale = Math.min((width - 2 * margin) / ((east - west) * xStretch), (height - 2 * margin) / (north - south))
  const x = (longitude: number) => margin + (longitude - west) * xStretch * scale
  const y = (latitude: number) => margin + (north - latitude) * scale
  const steps = (from: number, to: number) => Array.from({ length: (to - from) / 5 + 1 }, (_, i) => from + i * 5)
  return {
    placed: located.map((p) => ({ item: p.item, x: x(p.longitude), y: y(p.latitude) })),
    parallels: steps(south, north).map((latitude) => ({ latitude, y: y(latitude) })),
    meridians: steps(west, east).map((longitude) => ({ longitude, x: x(longitude) })),
  }
}
