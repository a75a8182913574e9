// What a decoder (libvips, ffmpeg) said about a file, fit to hand back to the client: the server's temporary paths
// replaced by what they are to the client (the upload's display name), each complaint once (libvips repeats its
// own), the first and the last of many (libvips' last is often the cause: "heif: … Insufficient input data"), short.
const MAX_CHARS = 200;

/** `namesOfPaths`: each server path the decoder may name, and what to call it instead. */
export function decoderMessage(raw: string, namesOfPaths: Readonly<Record<string, string>>): string {
  let named = raw;
  for (const [serverPath, name] of Object.entries(namesOfPaths)) named = named.split(serverPath).join(name);
  const lines = named.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const unique = [...new Set(lines)];
  const message = (unique.length <= 2 ? unique : [unique[0], '…', unique.at(-1)]).join('; ');
  return message.length <= MAX_CHARS ? message : `${message.slice(0, MAX_CHARS - 1)}…`;
}
