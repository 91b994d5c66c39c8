import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { crc32, createInflateRaw } from 'node:zlib'
import yauzl from 'yauzl'
import { AppFailure } from '../../shared/result'
import { type FileLimits, tooBig, unreadable } from './file-limits'

/** The parts an XLSX reader may unpack: XML and relationships, never media or embedded files. */
function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels')
}

/** OPC part names are case-insensitive and may be written with a leading slash. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase()
}

/** Unpacked bytes a part may reach before its compression ratio is checked (small parts pack well). */
const RATIO_GRACE_BYTES = 1_000_000

const STORED = 0
const DEFLATED = 8

/**
 * The parts of a zip (an XLSX workbook), read from its central directory (yauzl), unpacked one at a
 * time on demand, in memory, never to disk. Guards against zip bombs before and while unpacking:
 * - before: the directory's entry count, the sizes it declares for the XML parts (in total), and
 *   each part's declared size against its packed size (`maxCompressionRatio`);
 * - while: the bytes actually unpacked, against the part's declared size (a directory that lies is
 *   caught at its first byte too many), against its packed bytes read so far (a bomb packs about
 *   1,000 to 1; it is stopped after its first megabyte), and across all parts (`maxInflatedBytes`).
 * Each part's CRC-32 is checked too, so a damaged file is refused rather than half read.
 */
export class ZipParts {
  private inflated = 0

  private constructor(
    private readonly file: string,
    private readonly limits: FileLimits,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(file: string, bytes: Buffer, limits: FileLimits): Promise<ZipParts> {
    let zip: yauzl.ZipFile
    try {
      zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false })
    } catch {
      throw unreadable(file, 'it is not a valid XLSX workbook (is it damaged, or an older .xls?)')
    }
    if (zip.entryCount > limits.maxZipEntries) throw tooBig(file, limits, 'maxZipEntries')
    const entries = new Map<string, yauzl.Entry>()
    let declared = 0
    try {
      for await (const entry of zip.eachEntry()) {
        const key = partKey(entry.fileName)
        if (!isXmlPart(key)) continue
        declared += entry.uncompressedSize
        if (declared > limits.maxInflatedBytes) throw tooBig(file, limits, 'maxInflatedBytes')
        if (
          entry.uncompressedSize > RATIO_GRACE_BYTES &&
          entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio
        ) {
          throw tooBig(file, limits, 'maxCompressionRatio')
        }
        entries.set(key, entry)
      }
    } catch (error) {
      if (error instanceof AppFailure) throw error
      throw unreadable(file, 'its list of contents is damaged')
    }
    return new ZipParts(file, limits, zip, entries)
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name))
  }

  private damaged(name: string): AppFailure {
    return unreadable(this.file, `its part ${name} is damaged`)
  }

  /** The part's bytes unpacked, with a count of the packed bytes unpacked so far. */
  private async open(
    name: string,
    entry: yauzl.Entry,
  ): Promise<{ unpacked: Readable; packedRead: () => number }> {
    if (entry.isEncrypted()) {
      throw unreadable(
        this.file,
        'it is protected with a password; remove the password and save it again',
      )
    }
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
      throw unreadable(this.file, `its part ${name} is compressed in a way Casebook cannot read`)
    }
    let raw: Readable
    try {
      raw = await this.zip.openReadStreamPromise(entry, { decodeFileData: false })
    } catch {
      throw this.damaged(name)
    }
    if (entry.compressionMethod === STORED) return { unpacked: raw, packedRead: () => Infinity }
    // pipeline, not pipe: an error or an early stop on either side ends both.
    const inflate = createInflateRaw()
    pipeline(raw, inflate, () => {})
    // bytesWritten counts the packed bytes zlib has taken in, not those waiting in its buffer.
    return { unpacked: inflate, packedRead: () => inflate.bytesWritten }
  }

  /**
   * Unpacks one part and hands its text to `onText` piece by piece (UTF-8, or UTF-16 with a
   * byte-order mark, as XML allows). A failure thrown by `onText` (a limit) stops the unpacking.
   */
  async readText(name: string, onText: (text: string) => void): Promise<void> {
    const entry = this.entries.get(partKey(name))
    if (!entry) throw unreadable(this.file, `it has no part ${name}`)
    const { unpacked, packedRead } = await this.open(name, entry)
    const { maxInflatedBytes, maxCompressionRatio } = this.limits
    let decoder: StringDecoder | null = null
    let crc = 0
    let size = 0
    try {
      for await (const chunk of unpacked as AsyncIterable<Buffer>) {
        size += chunk.length
        this.inflated += chunk.length
        if (size > entry.uncompressedSize) throw this.damaged(name)
        if (this.inflated > maxInflatedBytes)
          throw tooBig(this.file, this.limits, 'maxInflatedBytes')
        if (size > RATIO_GRACE_BYTES && size > packedRead() * maxCompressionRatio) {
          throw tooBig(this.file, this.limits, 'maxCompressionRatio')
        }
        crc = crc32(chunk, crc)
        decoder ??= new StringDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf16le' : 'utf8')
        onText(decoder.write(chunk))
      }
    } catch (error) {
      if (error instanceof AppFailure) throw error
      throw this.damaged(name)
    }
    if (decoder) onText(decoder.end())
    if (size !== entry.uncompressedSize || crc !== entry.crc32) throw this.damaged(name)
  }
}
