mongoose.connect(process.env.MONGO_URI); // ok: CWE-798
