/**
 * Reading an input file the user named, defensively: only a regular file, at most
 * MAX_INPUT_BYTES, in UTF-8 (a byte-order mark is accepted and dropped; UTF-16 and UTF-32, which
 * Windows tools write, and any other non-UTF-8 content are refused with the way out). Every
 * failure is one line that names the file.
 */
import { isUtf8 } from "node:buffer";
import * as fs from "node:fs";
import { CliError, errorMessage } from "./errors";

/**
 * The largest input file read: 512 MiB less a margin, under the longest string Node can hold
 * (about 536.9 million characters). A 100,000-resource stack export is about a fifth of it.
 * ICP_GUARD_MAX_INPUT_BYTES lowers (or raises) it.
 */
export const MAX_INPUT_BYTES = 500 * 1024 * 1024;

export function maxInputBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.ICP_GUARD_MAX_INPUT_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : MAX_INPUT_BYTES;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/** The file's bytes; only a regular file within the size limit is read. */
function readBytes(file: string): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${errorMessage(e)}`);
  }
  // Checked before opening: opening a named pipe would wait for a writer, and /dev/zero never ends.
  if (!st.isFile()) throw new CliError(`${file} is ${kindOf(st)}: give a regular file`);
  const limit = maxInputBytes();
  if (st.size > limit) {
    throw new CliError(
      `${file} is ${mib(st.size)}, over the ${mib(limit)} an input may have (ICP_GUARD_MAX_INPUT_BYTES): split the stack or scan its preview instead`,
    );
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const size = fs.fstatSync(fd).size;
    if (size > limit) throw new CliError(`${file} grew over ${mib(limit)} while being read`);
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = fs.readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${errorMessage(e)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(buf: Buffer, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/**
 * A file's text as UTF-8; an unreadable, empty or non-UTF-8 file is an error naming the file and
 * what was expected.
 */
export function readInputText(file: string, expected: string): string {
  let buf = readBytes(file);
  if (startsWith(buf, UTF8_BOM)) buf = buf.subarray(UTF8_BOM.length);
  const utf16 =
    startsWith(buf, [0xff, 0xfe]) ||
    startsWith(buf, [0xfe, 0xff]) ||
    startsWith(buf, [0, 0, 0xfe, 0xff]);
  // JSON text never holds a NUL byte; UTF-16 without a byte-order mark is full of them.
  if (utf16 || buf.indexOf(0) !== -1) {
    throw new CliError(
      `${file} is not UTF-8 (it looks like UTF-16 or UTF-32, as Windows PowerShell writes with \`>\`): save it as UTF-8, e.g. \`pulumi stack export | Out-File -Encoding utf8 ${file}\``,
    );
  }
  if (!isUtf8(buf)) throw new CliError(`${file} is not valid UTF-8 text: expected ${expected}`);
  const text = buf.toString("utf8");
  if (text.trim() === "") throw new CliError(`${file} is empty: expected ${expected}`);
  return text;
}
