// No SvelteKit client on this page: its own script hydrates it (src/lib/embed/island/).
export const csr = false;
