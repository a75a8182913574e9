// Generated OCR inputs: a ruled visitor register and a 7-segment meter display,
// drawn as SVG and rasterised with sharp, plus a seeded "phone photo" degradation.
import sharp from 'sharp';
import { seededRandom } from '../../../src/simulation/seeded-random.ts';

export const REGISTER_COLUMNS = ['Time', 'Name', 'Company', 'Phone', 'Purpose', 'Gate'] as const;

export const REGISTER_ROWS: ReadonlyArray<Record<(typeof REGISTER_COLUMNS)[number], string>> = [
  { Time: '08:15', Name: 'Maria Lopez', Company: 'Acme Cleaning', Phone: '+44 7700 900123', Purpose: 'Delivery', Gate: 'North' },
  { Time: '09:40', Name: 'John Smith', Company: 'Brightline Ltd', Phone: '+44 7700 900456', Purpose: 'Meeting', Gate: 'Main' },
  { Time: '10:05', Name: 'Aisha Khan', Company: 'Delta Security', Phone: '+44 7700 900789', Purpose: 'Audit', Gate: 'South' },
  { Time: '11:30', Name: 'Peter Novak', Company: 'Fixit Plumbing', Phone: '+44 7700 900321', Purpose: 'Repair', Gate: 'North' },
  { Time: '13:20', Name: 'Chen Wei', Company: 'Orbit Foods', Phone: '+44 7700 900654', Purpose: 'Catering', Gate: 'Main' },
  { Time: '15:45', Name: 'Sara Berg', Company: 'Nordic Lifts', Phone: '+44 7700 900987', Purpose: 'Inspection', Gate: 'East' },
];

const registerColumnWidthsPx = [90, 170, 180, 190, 130, 90];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function registerSvg(): string {
  const rowHeightPx = 40;
  const marginPx = 20;
  const widthPx = registerColumnWidthsPx.reduce((sum, w) => sum + w, 0);
  const heightPx = rowHeightPx * (REGISTER_ROWS.length + 1);
  const xStarts = registerColumnWidthsPx.map((_, i) => marginPx + registerColumnWidthsPx.slice(0, i).reduce((s, w) => s + w, 0));
  const parts: string[] = [];
  const cells = [REGISTER_COLUMNS.map((c) => c as string), ...REGISTER_ROWS.map((row) => REGISTER_COLUMNS.map((c) => row[c]))];
  cells.forEach((cellsOfRow, rowIndex) => {
    const baselineY = marginPx + rowIndex * rowHeightPx + 26;
    const weight = rowIndex === 0 ? 'bold' : 'normal';
    cellsOfRow.forEach((text, colIndex) => {
      parts.push(`<text x="${xStarts[colIndex]! + 8}" y="${baselineY}" font-family="DejaVu Sans" font-size="17" font-weight="${weight}">${escapeXml(text)}</text>`);
    });
  });
  for (let r = 0; r <= REGISTER_ROWS.length + 1; r++) {
    const y = marginPx + r * rowHeightPx;
    parts.push(`<line x1="${marginPx}" y1="${y}" x2="${marginPx + widthPx}" y2="${y}" stroke="black" stroke-width="2"/>`);
  }
  for (const x of [...xStarts, marginPx + widthPx]) {
    parts.push(`<line x1="${x}" y1="${marginPx}" x2="${x}" y2="${marginPx + heightPx}" stroke="black" stroke-width="2"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx + 2 * marginPx}" height="${heightPx + 2 * marginPx}">`
    + `<rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>`;
}

// Segment order a..g: top, top-right, bottom-right, bottom, bottom-left, top-left, middle.
const segmentsByDigit: Record<string, string> = {
  '0': 'abcdef', '1': 'bc', '2': 'abged', '3': 'abgcd', '4': 'fgbc',
  '5': 'afgcd', '6': 'afgedc', '7': 'abc', '8': 'abcdefg', '9': 'abcdfg',
};

function segmentPolygons(originX: number, originY: number, digitWidthPx: number, digitHeightPx: number, thicknessPx: number): Record<string, string> {
  const w = digitWidthPx;
  const h = digitHeightPx / 2;
  const t = thicknessPx;
  const gap = 2;
  const horizontal = (y: number): string => {
    const pts = [[t / 2 + gap, y], [t + gap, y - t / 2], [w - t - gap, y - t / 2], [w - t / 2 - gap, y], [w - t - gap, y + t / 2], [t + gap, y + t / 2]];
    return pts.map(([x, yy]) => `${originX + x!},${originY + yy!}`).join(' ');
  };
  const vertical = (x: number, y0: number, y1: number): string => {
    const pts = [[x, y0 + gap], [x + t / 2, y0 + t / 2 + gap], [x + t / 2, y1 - t / 2 - gap], [x, y1 - gap], [x - t / 2, y1 - t / 2 - gap], [x - t / 2, y0 + t / 2 + gap]];
    return pts.map(([xx, y]) => `${originX + xx!},${originY + y!}`).join(' ');
  };
  return {
    a: horizontal(t / 2), g: horizontal(h), d: horizontal(2 * h - t / 2),
    f: vertical(t / 2, t / 2, h), b: vertical(w - t / 2, t / 2, h),
    e: vertical(t / 2, h, 2 * h - t / 2), c: vertical(w - t / 2, h, 2 * h - t / 2),
  };
}

/** An LCD-style meter panel: dark digits drawn as segment polygons on a pale green background, unit label to the right. */
export function meterSvg(reading: string, unit: string): string {
  const digitWidthPx = 44;
  const digitHeightPx = 80;
  const pitchPx = 60;
  const thicknessPx = 9;
  const parts: string[] = [];
  let x = 30;
  for (const char of reading) {
    if (char === '.') {
      parts.push(`<rect x="${x - 14}" y="${30 + digitHeightPx - 10}" width="10" height="10" fill="#1a1a1a"/>`);
      continue;
    }
    const polygons = segmentPolygons(x, 30, digitWidthPx, digitHeightPx, thicknessPx);
    for (const segment of segmentsByDigit[char] ?? '') parts.push(`<polygon points="${polygons[segment]}" fill="#1a1a1a"/>`);
    x += pitchPx;
  }
  parts.push(`<text x="${x + 10}" y="${30 + digitHeightPx}" font-family="DejaVu Sans" font-size="36" font-weight="bold" fill="#1a1a1a">${escapeXml(unit)}</text>`);
  const widthPx = x + 130;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${digitHeightPx + 60}">`
    + `<rect width="100%" height="100%" fill="#b9c9a7"/>${parts.join('')}</svg>`;
}

/** A site photo with no writing in it: sky, two buildings with rows of windows, a textured lawn, a kerb line. */
export function textlessSiteSvg(): string {
  const widthPx = 900;
  const heightPx = 600;
  const windows = (count: number, perRow: number, x: number, y: number, dx: number, dy: number, w: number, h: number) =>
    Array.from({ length: count }, (_, i) => `<rect x="${x + (i % perRow) * dx}" y="${y + Math.floor(i / perRow) * dy}" width="${w}" height="${h}" fill="#334"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb2e5"/><stop offset="1" stop-color="#dde9f5"/></linearGradient>
<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2"/><feColorMatrix type="saturate" values="0"/></filter></defs>
<rect width="${widthPx}" height="${heightPx}" fill="url(#sky)"/>
<rect x="80" y="200" width="300" height="250" fill="#8a7f72"/><rect x="420" y="150" width="380" height="300" fill="#a49a8c"/>
${windows(24, 6, 100, 220, 45, 55, 25, 35)}${windows(30, 10, 440, 170, 35, 80, 20, 45)}
<rect y="450" width="${widthPx}" height="150" fill="#5d6b4f"/><rect y="450" width="${widthPx}" height="150" filter="url(#grain)" opacity="0.5"/>
<line x1="0" y1="520" x2="${widthPx}" y2="500" stroke="#eee" stroke-width="6"/><circle cx="700" cy="80" r="40" fill="#fff5c0"/>
</svg>`;
}

export async function renderSvg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export { seededRandom };

/**
 * A phone-photo look: ~3° rotation (sign and size jittered by the seed), Gaussian blur,
 * a diagonal lighting gradient and per-pixel sensor noise, saved as JPEG.
 */
export async function phonePhotoVariant(cleanPng: Buffer, seed: number): Promise<Buffer> {
  const random = seededRandom(seed);
  const angleDeg = (random() < 0.5 ? -1 : 1) * (2.5 + random());
  const blurSigma = 1 + random() * 0.6;
  const rotated = await sharp(cleanPng).rotate(angleDeg, { background: '#8a8f86' }).blur(blurSigma).raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = rotated.info;
  const pixels = rotated.data;
  const darkCorner = random() * 0.3 + 0.45;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 1 - darkCorner * ((x / width + y / height) / 2);
      const noise = (random() - 0.5) * 30;
      for (let c = 0; c < channels; c++) {
        const i = (y * width + x) * channels + c;
        pixels[i] = Math.max(0, Math.min(255, pixels[i]! * light + noise));
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 80 }).toBuffer();
}
