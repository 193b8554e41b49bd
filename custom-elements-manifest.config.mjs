// The analyzer lists modules in the order the file system returns them: sort them by path, so
// that the manifest changes only when the code does.
export default {
  plugins: [
    {
      name: 'modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
