// The provider as one JavaScript file (esbuild), shared by the npm package's build
// (scripts/build.mjs: bundle + loader + code cache in bin/) and the standalone
// executables of a release (scripts/release.mjs: the same bundle inside a Node binary).
import { build } from "esbuild";
import { copyFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// The xz decoder reaches Node's built-ins by import(variable), which a bundle run through
// vm.Script cannot do: it gets require() instead. And it reads liblzma.wasm beside its
// module; inside a standalone executable (a Node single-executable application) there is
// no file beside it, so the .wasm is the executable's asset of that name.
const xzDecoderForBundle = {
  name: "xz-decoder-for-bundle",
  setup(b) {
    b.onLoad({ filter: /node-liblzma[\\/]lib[\\/]wasm[\\/]bindings\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      let out = text.replace(/return import\([^)]*specifier\);/, "return Promise.resolve(require(specifier));");
      if (out === text) throw new Error(`${args.path}: the import() of a built-in was not found (a new node-liblzma?)`);
      const read = "const buf = await readFile(wasmPath);";
      if (!out.includes(read)) throw new Error(`${args.path}: the read of liblzma.wasm was not found (a new node-liblzma?)`);
      out = out.replace(read, `let sea; try { sea = require("node:sea"); } catch {}
    const buf = sea && sea.isSea() ? Buffer.from(sea.getRawAsset("liblzma.wasm")) : await readFile(wasmPath);`);
      return { contents: out, loader: "js" };
    });
  },
};

/** Bundles src/main.ts into `outfile` and copies liblzma.wasm beside it. */
export async function bundleProvider(outfile) {
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minifyWhitespace: true,
    minifySyntax: true,
    // ssh2's optional native speed-ups; it falls back to pure JS without them.
    external: ["cpu-features", "./crypto/build/Release/sshcrypto.node"],
    // The xz decoder (liblzma as WebAssembly) finds its .wasm beside its module: beside the bundle.
    define: { "import.meta.url": "__xenModuleUrl" },
    plugins: [xzDecoderForBundle],
    banner: { js: 'var __xenModuleUrl = require("url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
    legalComments: "none",
  });
  copyFileSync(join(root, "node_modules", "node-liblzma", "lib", "wasm", "liblzma.wasm"), join(dirname(outfile), "liblzma.wasm"));
}
