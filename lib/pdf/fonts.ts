// The one typeface of every PDF: Noto Sans JP draws Latin and Japanese alike, so a report in either
// language, and Japanese names inside an English one, renders with real glyphs (pdfkit's standard
// fonts have no Japanese). pdfkit embeds only the glyphs used, so a report stays small although each
// weight's file is about 5 MB.
import fs from "node:fs";
import path from "node:path";

// Read from the project's node_modules at run time: the app runs `next start` from the repository
// root, and bundlers rewrite require.resolve, so a path relative to this module would break.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-jp");

const FILES = {
  regular: path.join("400Regular", "NotoSansJP_400Regular.ttf"),
  bold: path.join("700Bold", "NotoSansJP_700Bold.ttf"),
} as const;

export type FontWeight = keyof typeof FILES;

/** The names the fonts are registered under in a document: `doc.font(FONT.bold)`. */
export const FONT: Record<FontWeight, string> = { regular: "NotoSansJP", bold: "NotoSansJP-Bold" };

// Read once per process: every report needs the same two files.
const cache = new Map<FontWeight, Buffer>();

export function fontData(weight: FontWeight): Buffer {
  let data = cache.get(weight);
  if (!data) {
    data = fs.readFileSync(path.join(FONT_DIR, FILES[weight]));
    cache.set(weight, data);
  }
  return data;
}

/** Registers both weights in a document and makes the regular one current. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont(FONT.regular, fontData("regular"));
  doc.registerFont(FONT.bold, fontData("bold"));
  doc.font(FONT.regular);
}
