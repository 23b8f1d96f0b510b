using System.IO;
using System.Text.Json;

namespace Game.Saves
{
    public class SaveManager
    {
        public GameState Load(string path)
        {
            using var fs = File.OpenRead(path);
            return JsonSerializer.Deserialize<GameState>(fs)!;   // ok: CWE-502
        }

        public void Save(string path, GameState state)
        {
            using var fs = File.Create(path);
            JsonSerializer.Serialize(fs, state);
        }
    }
}
