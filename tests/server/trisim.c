/* placeholder: the test server lands with the engine */
int main(void) { return 2; }
