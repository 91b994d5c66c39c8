import { constants, crc32, deflateRawSync } from 'node:zlib'

/**
 * A small zip writer for tests, able to write what real writers never do: sizes and checksums that
 * lie, a hundred thousand entries, parts that inflate to gigabytes. Not for the app.
 */
export interface ZipEntryInput {
  readonly name: string
  /** The bytes, deflated on writing (or stored, with `stored`). */
  readonly data?: Buffer
  readonly stored?: boolean
  /** Already deflated bytes (raw deflate), with their true inflated size (and CRC-32): for bombs. */
  readonly deflated?: {
    readonly bytes: Buffer
    readonly inflatedSize: number
    readonly crc?: number
  }
  /** Sizes and checksum to declare instead of the true ones. */
  readonly declaredSize?: number
  readonly declaredCrc?: number
  /** A compression method number to declare (12 is bzip2, 99 AES), whatever the bytes are. */
  readonly declaredMethod?: number
  /** General-purpose flags to declare (bit 0: encrypted). */
  readonly flags?: number
}

const MAX32 = 0xffffffff
const MAX16 = 0xffff

function u16(n: number): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n >>> 0)
  return b
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return b
}

interface Written {
  readonly name: Buffer
  readonly flags: number
  readonly method: number
  readonly crc: number
  readonly compressedSize: number
  readonly size: number
  readonly offset: number
}

/** A zip of `entries`, with a zip64 end record when there are more than 65,535. */
export function zipFile(entries: readonly ZipEntryInput[]): Buffer {
  const chunks: Buffer[] = []
  const written: Written[] = []
  let offset = 0
  for (const entry of entries) {
    const data = entry.data ?? Buffer.alloc(0)
    const method = entry.deflated || !entry.stored ? 8 : 0
    const body = entry.deflated?.bytes ?? (method === 8 ? deflateRawSync(data) : data)
    const size = entry.declaredSize ?? entry.deflated?.inflatedSize ?? data.length
    const crc = entry.declaredCrc ?? (entry.deflated ? (entry.deflated.crc ?? 0) : crc32(data))
    const name = Buffer.from(entry.name, 'utf8')
    const flags = entry.flags ?? 0x0800
    const declaredMethod = entry.declaredMethod ?? method
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(flags),
      u16(declaredMethod),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(body.length),
      u32(Math.min(size, MAX32)),
      u16(name.length),
      u16(0),
      name,
    ])
    chunks.push(local, body)
    written.push({
      name,
      flags,
      method: declaredMethod,
      crc,
      compressedSize: body.length,
      size,
      offset,
    })
    offset += local.length + body.length
  }
  const directoryStart = offset
  for (const w of written) {
    const header = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      u16(20),
      u16(w.flags),
      u16(w.method),
      u16(0),
      u16(0x21),
      u32(w.crc),
      u32(w.compressedSize),
      u32(Math.min(w.size, MAX32)),
      u16(w.name.length),
      u16(0),
      u16(0),
      u16(0),
      u16(0),
      u32(0),
      u32(w.offset),
      w.name,
    ])
    chunks.push(header)
    offset += header.length
  }
  const directorySize = offset - directoryStart
  const count = written.length
  if (count > MAX16) {
    const zip64End = Buffer.concat([
      u32(0x06064b50),
      u64(44),
      u16(45),
      u16(45),
      u32(0),
      u32(0),
      u64(count),
      u64(count),
      u64(directorySize),
      u64(directoryStart),
    ])
    const locator = Buffer.concat([u32(0x07064b50), u32(0), u64(offset), u32(1)])
    chunks.push(zip64End, locator)
  }
  chunks.push(
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(Math.min(count, MAX16)),
      u16(Math.min(count, MAX16)),
      u32(directorySize),
      u32(directoryStart),
      u16(0),
    ]),
  )
  return Buffer.concat(chunks)
}

/**
 * Raw deflate of `head`, then `unit` repeated until about `inflatedSize` bytes, then `tail`, built
 * without ever holding the inflated bytes: one megabyte of units is deflated once and its blocks
 * repeated (each copy refers back only inside itself). A few megabytes inflate to gigabytes.
 * With `withCrc` it also works out the CRC-32 of what it inflates to (a second per gigabyte), for a
 * bomb that must pass every check but size.
 */
export function deflateBomb(
  head: string,
  unit: string,
  inflatedSize: number,
  tail = '',
  withCrc = false,
): { bytes: Buffer; inflatedSize: number; crc?: number } {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH }
  const headBytes = Buffer.from(head)
  const tailBytes = Buffer.from(tail)
  const perBlock = Math.max(1, Math.floor(1_000_000 / unit.length))
  const block = Buffer.from(unit.repeat(perBlock))
  const deflatedBlock = deflateRawSync(block, sync)
  const repeats = Math.max(
    1,
    Math.ceil((inflatedSize - headBytes.length - tailBytes.length) / block.length),
  )
  const parts = [deflateRawSync(headBytes, sync)]
  for (let i = 0; i < repeats; i++) parts.push(deflatedBlock)
  parts.push(deflateRawSync(tailBytes))
  let crc: number | undefined
  if (withCrc) {
    crc = crc32(headBytes)
    for (let i = 0; i < repeats; i++) crc = crc32(block, crc)
    crc = crc32(tailBytes, crc)
  }
  return {
    bytes: Buffer.concat(parts),
    inflatedSize: headBytes.length + repeats * block.length + tailBytes.length,
    crc,
  }
}
