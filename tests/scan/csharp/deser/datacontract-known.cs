            var ser = new DataContractSerializer(typeof(Invoice));   // ok: CWE-502
            var obj = (Invoice)ser.ReadObject(request.InputStream);
