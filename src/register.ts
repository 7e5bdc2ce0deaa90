/** Defines each tag in `registry` unless it is defined already: loading the code twice is harmless. */
export function register(
  elements: Readonly<Record<string, CustomElementConstructor>>,
  registry: CustomElementRegistry = customElements,
): void {
  for (const [tag, element] of Object.entries(elements))
    if (!registry.get(tag)) registry.define(tag, element);
}
