public class FileService : Files.FilesBase
{
    private const string Root = "/data/shared";

    public override async Task<FileReply> Read(FileRequest request, ServerCallContext context)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Root, request.Name));   // expect: CWE-22
        return new FileReply { Content = ByteString.CopyFrom(bytes) };
    }
}
