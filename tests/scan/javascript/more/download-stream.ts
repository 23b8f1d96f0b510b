router.get('/exports/:name', async (req, res) => {
  const stream = fs.createReadStream(`${EXPORT_DIR}/${req.params.name}`); // expect: CWE-22
  stream.pipe(res);
});
