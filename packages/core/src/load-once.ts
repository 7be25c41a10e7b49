/**
 * A loader of something that loads on demand (a module chunk with `import()`, mostly): the first
 * call loads it, later calls get the same promise. A load that fails is forgotten, so the next
 * call tries again: a chunk that did not arrive once may arrive later.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
