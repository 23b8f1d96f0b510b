int main() {
    char answer[16];
    std::cout << "Continue? ";
    gets(answer);                                                   // expect: CWE-120
    return answer[0] == 'y' ? 0 : 1;
}
