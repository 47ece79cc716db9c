const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * `text` safe as XML character data or an attribute value (XML 1.0 §2.4, the five predefined
 * entities): titles are an admin's input, and a `<script>` in one must stay text on the poster.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
