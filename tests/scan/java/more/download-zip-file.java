        File file = new File(GenUtil.download(columns, genConfig));   // ok: CWE-22
        String zipPath = file.getPath() + ".zip";
        ZipUtil.zip(file.getPath(), zipPath);
        FileUtil.downloadFile(request, response, new File(zipPath), true);
