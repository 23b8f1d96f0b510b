using System.IO;
using System.Runtime.Serialization.Formatters.Binary;

namespace Game.Saves
{
    public class SaveManager
    {
        public GameState Load(string path)
        {
            using var fs = File.OpenRead(path);
            var formatter = new BinaryFormatter();   // expect: CWE-502
            return (GameState)formatter.Deserialize(fs);
        }

        public void Save(string path, GameState state)
        {
            using var fs = File.Create(path);
            new BinaryFormatter().Serialize(fs, state);   // expect: CWE-502
        }
    }
}
