            var ser = new NetDataContractSerializer();   // expect: CWE-502
            var obj = ser.ReadObject(request.InputStream);
