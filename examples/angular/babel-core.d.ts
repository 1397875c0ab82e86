// The one function of @babel/core the Vite config uses (Babel ships no declarations of its own).
declare module '@babel/core' {
  export function transformAsync(code: string, options: Record<string, unknown>): Promise<{ code?: string | null; map?: { mappings: string } | null } | null>;
}
