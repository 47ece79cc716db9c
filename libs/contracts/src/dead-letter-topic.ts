/** Where a consumer puts what it cannot handle, so that it never blocks the partition. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlt`;
}
