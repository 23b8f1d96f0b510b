        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer(new StreamSource(xsltUpload));   // expect: CWE-611
        t.transform(new StreamSource(input), new StreamResult(out));
