// No SvelteKit client on this page: its own script hydrates it (src/lib/island/).
export const csr = false;
