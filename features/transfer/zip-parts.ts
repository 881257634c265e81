import { Zip, ZipDeflate } from 'fflate';
import { yieldToPage } from './chunks';

/** A zip of text files, each given as its text parts, compressed part by part so the page stays responsive. */
export async function zipTextFiles(files: AsyncIterable<{ name: string; parts: Iterable<string> }>): Promise<Blob> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else out.push(data);
  });
  const encoder = new TextEncoder();
  for await (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    zip.add(entry);
    for (const part of file.parts) {
      entry.push(encoder.encode(part));
      await yieldToPage();
    }
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  if (failure) throw failure;
  return new Blob(out as BlobPart[], { type: 'application/zip' });
}
