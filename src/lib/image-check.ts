// Checks photos with sharp (the decoder Astro's image service uses), so that a broken image is refused by the
// content check in Chinese, naming its file, instead of failing the build in English or being published half grey.
import fs from 'node:fs';

/** Photos checked at once: a full decode holds a decoder's buffers, and the machine may be small. */
const CONCURRENCY = 4;

type Sharp = typeof import('sharp').default;

/**
 * For each image path, undefined when it is a whole image, else what is wrong with it (a Chinese sentence that
 * follows the file's name). libvips reads the header (is it an image, of which format); the file's last bytes show
 * it was not cut short. Decoding every pixel would cost ~4 ms a 600×750 photo and ~20 ms a 12-megapixel one (a minute
 * for 3,000 phone photos on two cores), so it is kept for the files whose ending does not settle it: a cut-off file,
 * a phone's JPEG with a video appended, formats without an end mark (AVIF).
 */
export async function checkImages(files: readonly string[]): Promise<Array<string | undefined>> {
  const problems: Array<string | undefined> = new Array<string | undefined>(files.length).fill(undefined);
  if (!files.length) return problems;
  const { default: sharp } = await import('sharp'); // loaded only when there are photos: libvips takes ~0.1 s
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) problems[i] = await checkImage(sharp, files[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return problems;
}

async function checkImage(sharp: Sharp, file: string): Promise<string | undefined> {
  try {
    const size = fs.statSync(file).size;
    if (size === 0) return '是空文件（0 字节）：请重新保存或上传这张照片。';
    const { format } = await sharp(file).metadata();
    if (endsWhole(file, size, format)) return undefined;
    // Shrinking while decoding keeps it fast (a JPEG decodes at 1/8 size) and still reads every byte of the image.
    await sharp(file, { failOn: 'error' }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
    return undefined;
  } catch (error) {
    return explain(error);
  }
}

/**
 * Whether the file ends the way a complete image of its format does (a cut-off copy or upload does not). A false
 * answer only costs a full decode, which has the last word.
 */
function endsWhole(file: string, size: number, format: string | undefined): boolean {
  const head = bytesAt(file, 0, Math.min(size, 8));
  const tail = bytesAt(file, Math.max(0, size - 12), Math.min(size, 12));
  const end = (bytes: number[]) => tail.subarray(tail.length - bytes.length).equals(Buffer.from(bytes));
  switch (format) {
    case 'jpeg':
      return end([0xff, 0xd9]); // EOI
    case 'png':
      return end([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]); // the IEND chunk
    case 'gif':
      return end([0x3b]); // trailer
    case 'webp':
      return head.length === 8 && head.readUInt32LE(4) + 8 === size; // the length its RIFF header declares
    default:
      return false;
  }
}

function bytesAt(file: string, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, bytes, 0, length, position);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

function explain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return '无法读取（没有读取权限）：请检查文件的权限。';
  const message = error instanceof Error ? error.message : String(error);
  if (/unsupported image format/i.test(message)) {
    return '不是可以识别的图片（可能是改了扩展名的其他文件）：请用 .jpg、.png 或 .webp 格式重新保存这张照片。';
  }
  if (/pixel limit/i.test(message)) return '像素太多，无法处理：请把照片缩小（例如长边不超过 4000 像素）后再上传。';
  return '已损坏，无法完整读取（可能只复制或上传了一部分）：请重新保存或上传这张照片。';
}
