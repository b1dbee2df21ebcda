// Page headers checked before hyparquet decodes a column chunk. Its page loop trusts them: a header that lost one of
// its sizes or level lengths (one corrupted byte can drop a field) turns a read offset into NaN, every later read
// lands on byte 0, and the thrift decoder then loops for ever on a synchronous path no timeout can interrupt. Sizes
// and counts out of range would instead allocate whatever they claim. Walking the headers costs one pass over a few bytes a
// page, since the page bodies are skipped. Levels stored uncompressed (ahead of a DATA_PAGE_V2's values, or in an
// uncompressed DATA_PAGE) have their runs checked too: hyparquet writes every value of a run, and one corrupted run
// length asks for billions.
import type { ColumnMetaData, PageHeader } from "hyparquet";
import { parquetHeader } from "hyparquet/src/column.js";

import { errorMessage } from "../errors.js";

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** The highest repetition and definition levels of a column: their bit widths size each level's runs. */
export interface ColumnLevels {
  maxRepetition: number;
  maxDefinition: number;
}

const bitWidth = (max: number) => 32 - Math.clz32(max);

/**
 * What is wrong with one section of RLE/bit-packed levels (`length` bytes at `offset`) that must hold `values`
 * levels of `width` bits, or null. Its runs must end inside it, and none may run past the page's values.
 */
function levelsProblem(view: DataView, offset: number, length: number, width: number, values: number): string | null {
  const end = offset + length;
  let pos = offset;
  for (let seen = 0; seen < values;) {
    let header = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= end || shift > 28) return "run past their byte length";
      const byte = view.getUint8(pos++);
      header += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) break;
    }
    if (header % 2 === 1) {
      // Bit-packed: groups of 8 levels, `width` bytes a group; the last group may pad past the values.
      const groups = (header - 1) / 2;
      pos += groups * width;
      seen += groups * 8;
    } else {
      const run = header / 2;
      if (seen + run > values) return `have a run of ${run} where ${values - seen} levels remain`;
      pos += Math.ceil(width / 8);
      seen += run;
    }
    if (pos > end) return "run past their byte length";
  }
  return null;
}

/**
 * The levels of an uncompressed DATA_PAGE (v1), each section a 4-byte length and its runs, or null. Compressed v1
 * pages hold theirs inside the compressed bytes, which are not expanded twice for this.
 */
function v1LevelsProblem(view: DataView, at: number, h: PageHeader, levels: ColumnLevels): string | null {
  const values = h.data_page_header!.num_values;
  const end = at + h.compressed_page_size;
  let pos = at;
  for (const [kind, max] of [
    ["repetition", levels.maxRepetition],
    ["definition", levels.maxDefinition],
  ] as const) {
    if (max === 0 || values === 0) continue;
    if (pos + 4 > end) return `its ${kind} levels run past the page`;
    const length = view.getUint32(pos, true);
    pos += 4;
    if (pos + length > end) return `its ${kind} levels run past the page`;
    const problem = levelsProblem(view, pos, length, bitWidth(max), values);
    if (problem) return `its ${kind} levels ${problem}`;
    pos += length;
  }
  return null;
}

/** The levels of a DATA_PAGE_V2 whose header is whole (see headerProblem), or null when they hold together. */
function v2LevelsProblem(view: DataView, at: number, h: PageHeader, levels: ColumnLevels): string | null {
  const d = h.data_page_header_v2!;
  const sections = [
    ["repetition", levels.maxRepetition, 0, d.repetition_levels_byte_length],
    ["definition", levels.maxDefinition, d.repetition_levels_byte_length, d.definition_levels_byte_length],
  ] as const;
  for (const [kind, max, offset, length] of sections) {
    if (max === 0 || d.num_values === 0) continue;
    const problem = levelsProblem(view, at + offset, length, bitWidth(max), d.num_values);
    if (problem) return `its ${kind} levels ${problem}`;
  }
  return null;
}

/** What is wrong with one page header, for "the page header at byte N …", or null. */
function headerProblem(h: PageHeader, meta: ColumnMetaData): string | null {
  if (!isCount(h.compressed_page_size)) return "has no valid compressed size";
  if (!isCount(h.uncompressed_page_size)) return "has no valid uncompressed size";
  const chunkBytes = Number(meta.total_uncompressed_size);
  if (h.uncompressed_page_size > chunkBytes)
    return `claims ${h.uncompressed_page_size} uncompressed bytes, more than its column chunk's ${chunkBytes}`;
  const values = Number(meta.num_values);
  switch (h.type) {
    case "DATA_PAGE": {
      const d = h.data_page_header;
      if (!d || !isCount(d.num_values) || !d.encoding || !d.definition_level_encoding || !d.repetition_level_encoding)
        return "has an incomplete data page header";
      if (d.num_values > values) return `claims ${d.num_values} values, more than its column chunk's ${values}`;
      return null;
    }
    case "DATA_PAGE_V2": {
      const d = h.data_page_header_v2;
      if (
        !d ||
        !isCount(d.num_values) ||
        !isCount(d.num_nulls) ||
        !isCount(d.num_rows) ||
        !d.encoding ||
        !isCount(d.definition_levels_byte_length) ||
        !isCount(d.repetition_levels_byte_length)
      )
        return "has an incomplete data page header";
      if (d.num_values > values || d.num_rows > values || d.num_nulls > d.num_values)
        return `claims ${d.num_values} values in ${d.num_rows} rows, more than its column chunk's ${values}`;
      if (d.definition_levels_byte_length + d.repetition_levels_byte_length > h.compressed_page_size)
        return "claims more level bytes than its page holds";
      return null;
    }
    case "DICTIONARY_PAGE": {
      const d = h.dictionary_page_header;
      if (!d || !isCount(d.num_values) || !d.encoding) return "has an incomplete dictionary page header";
      return null;
    }
    case "INDEX_PAGE":
      return null;
    default:
      return "has an unknown page type";
  }
}

/**
 * Why a column chunk's pages cannot be decoded safely, or null when every page header is whole and every page lies
 * inside the chunk. `view` holds the chunk's bytes; `fileOffset` is where they start in the file (for the message).
 */
export function columnChunkProblem(
  view: DataView,
  meta: ColumnMetaData,
  levels: ColumnLevels,
  fileOffset: number,
): string | null {
  const reader = { view, offset: 0 };
  const values = Number(meta.num_values);
  // Where hyparquet stops too: once the chunk's values are all read, or with less than a byte left.
  for (let seen = 0; seen < values && reader.offset < view.byteLength - 1;) {
    const at = fileOffset + reader.offset;
    let header: PageHeader;
    try {
      header = parquetHeader(reader);
    } catch (e) {
      return `the page header at byte ${at} cannot be read (${errorMessage(e)})`;
    }
    const problem = headerProblem(header, meta);
    if (problem) return `the page header at byte ${at} ${problem}`;
    if (reader.offset + header.compressed_page_size > view.byteLength)
      return `the page at byte ${at} runs past the end of its column chunk`;
    const levelProblem =
      header.type === "DATA_PAGE_V2"
        ? v2LevelsProblem(view, reader.offset, header, levels)
        : header.type === "DATA_PAGE" && meta.codec === "UNCOMPRESSED"
          ? v1LevelsProblem(view, reader.offset, header, levels)
          : null;
    if (levelProblem) return `the page at byte ${at}: ${levelProblem}`;
    reader.offset += header.compressed_page_size;
    seen += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
  }
  return null;
}
