import mammoth from 'mammoth';
import { asBuffer } from './extract.js';

export interface EmbeddedImage {
  /** image-1.jpeg, numbered in document order. */
  name: string;
  data: Buffer;
}

/**
 * The pictures pasted into a .docx, for checkImage: Word keeps a photo's EXIF (GPS included) when
 * it is pasted. Read through mammoth's image hook so that only pictures the document actually
 * shows are returned. Call after extractText has accepted the file.
 */
export async function extractDocxImages(buffer: Uint8Array): Promise<EmbeddedImage[]> {
  const images: EmbeddedImage[] = [];
  await mammoth.convertToHtml(
    { buffer: asBuffer(buffer) },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        const ext = image.contentType.split('/')[1] ?? 'bin';
        images.push({ name: `image-${images.length + 1}.${ext}`, data: await image.readAsBuffer() });
        return { src: '' };
      }),
    },
  );
  return images;
}
