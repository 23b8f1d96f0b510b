/* hash table seed; collisions only cost time */
void htab_init(struct htab *h, size_t buckets)
{
	h->n = buckets;
	h->seed = (uint32_t)random();                    /* expect: CWE-330 */
	h->v = calloc(buckets, sizeof *h->v);
}
