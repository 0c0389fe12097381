// Vite returns a stylesheet imported with `?inline` as a string (Vite's own declaration lives in
// vite/client, which the project's tsconfig does not load).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
