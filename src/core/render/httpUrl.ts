/** An http(s) address as the URL parser reads it (spaces and quotes percent-encoded), or null for anything else. */
export function httpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
