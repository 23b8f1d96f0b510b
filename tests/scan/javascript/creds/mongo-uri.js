mongoose.connect('mongodb://admin:pa55w0rd@mongo.internal:27017/app?authSource=admin'); // expect: CWE-798
