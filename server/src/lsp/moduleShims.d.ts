/**
 * The root tsconfig resolves modules the pre-"exports" way (`moduleResolution: node`), which
 * cannot see the `/node` entry points of the vscode-languageserver family. These ambient
 * modules point the type checker at the same files esbuild bundles. Delete this file once the
 * tsconfig uses `"module": "node16", "moduleResolution": "node16"`.
 */
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
