// Upload samples built by the tests themselves: valid media and a corpus of
// hostile files. Nothing hostile is committed to the repository as bytes.
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** 16-bit PCM WAV of exactly totalBytes (header included) holding a quiet tone. */
export function wavOfSize(totalBytes: number, sampleRate = 44_100, channels = 2): Buffer {
  const dataBytes = totalBytes - 44;
  const wav = Buffer.alloc(totalBytes);
  wav.write('RIFF', 0); wav.writeUInt32LE(totalBytes - 8, 4); wav.write('WAVE', 8);
  wav.write('fmt ', 12); wav.writeUInt32LE(16, 16); wav.writeUInt16LE(1, 20); wav.writeUInt16LE(channels, 22);
  wav.writeUInt32LE(sampleRate, 24); wav.writeUInt32LE(sampleRate * channels * 2, 28); wav.writeUInt16LE(channels * 2, 32); wav.writeUInt16LE(16, 34);
  wav.write('data', 36); wav.writeUInt32LE(dataBytes, 40);
  for (let offset = 44, i = 0; offset + 1 < totalBytes; offset += 2, i += 1) wav.writeInt16LE(Math.round(800 * Math.sin(i / 20)), offset);
  return wav;
}

export function wavOfSeconds(seconds: number, sampleRate = 8000): Buffer {
  return wavOfSize(44 + seconds * sampleRate * 2, sampleRate, 1);
}

/** A small, complete PDF padded with a comment to the requested size. */
export function pdfOfSize(totalBytes = 0): Buffer {
  const head = '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n';
  const tail = 'trailer <</Root 1 0 R>>\n%%EOF\n';
  const padding = Math.max(0, totalBytes - head.length - tail.length - 2);
  return Buffer.concat([Buffer.from(head), Buffer.from('%'), Buffer.alloc(padding, 'x'), Buffer.from('\n'), Buffer.from(tail)]);
}

export async function png(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer();
}

/** A noisy PNG (large IDAT), cut in half: header fine, pixels missing. */
export async function truncatedPng(): Promise<Buffer> {
  const noise = Buffer.alloc(200 * 200 * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
  const full = await sharp(noise, { raw: { width: 200, height: 200, channels: 3 } }).png().toBuffer();
  return full.subarray(0, Math.floor(full.length / 2));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG whose header claims 20000×20000 pixels (400 M): a decompression bomb in a few hundred bytes. */
export function pixelBombPng(side = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0); ihdr.writeUInt32BE(side, 4); ihdr[8] = 8; ihdr[9] = 0; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const rows = deflateSync(Buffer.alloc((side + 1) * 4));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A JPEG carrying GPS coordinates in its EXIF. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'IntakeTestCam', Orientation: '1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2640/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3960/100' } })
    .toBuffer();
}

export const htmlPage = Buffer.from('<!doctype html><html><body><script>fetch("/api/v1/admin/dlq")</script></body></html>\n');
export const svgWithScript = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>\n');
/** Valid GIF header that is also valid JavaScript: `GIF89a=…` assigns to a variable. */
export const gifJsPolyglot = Buffer.concat([Buffer.from('GIF89a/*'), Buffer.from([0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]), Buffer.from('*/=1;alert(document.domain);//'), Buffer.alloc(64)]);
export const shellScript = Buffer.from('#!/bin/sh\nrm -rf / --no-preserve-root\n');

export function elfExecutable(): Buffer {
  const elf = Buffer.alloc(4200);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]).copy(elf, 0);
  elf.writeUInt16LE(2, 16); elf.writeUInt16LE(0x3e, 18); elf.writeUInt32LE(1, 20);
  return elf;
}

export function peExecutable(): Buffer {
  const pe = Buffer.alloc(4200);
  pe.write('MZ', 0, 'latin1'); pe.writeUInt32LE(0x80, 0x3c); pe.write('PE\0\0', 0x80, 'latin1'); pe.writeUInt16LE(0x14c, 0x84);
  return pe;
}

/** A one-entry stored ZIP holding `payload.wav`. */
export function zipArchive(): Buffer {
  const name = Buffer.from('payload.wav');
  const data = wavOfSeconds(1);
  const crc = crc32(data) >>> 0;
  const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12); end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** The EICAR test string, assembled at run time so the repository never carries it. */
export function eicar(): Buffer {
  const parts = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-', 'ANTIVIRUS-TEST-', 'FILE!$H+H*'];
  return Buffer.from(parts.join(''), 'latin1');
}
