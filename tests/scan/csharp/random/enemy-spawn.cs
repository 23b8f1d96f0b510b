using UnityEngine;

public class EnemySpawner : MonoBehaviour
{
    private readonly System.Random _rng = new System.Random();   // expect: CWE-330
    public GameObject[] prefabs;

    void SpawnWave(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var prefab = prefabs[_rng.Next(prefabs.Length)];
            Instantiate(prefab, new Vector3(_rng.Next(-10, 10), 0, 20), Quaternion.identity);
        }
    }
}
