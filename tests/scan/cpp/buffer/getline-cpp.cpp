int main() {
    std::string answer;
    std::cout << "Continue? ";
    std::getline(std::cin, answer);                                 // ok: CWE-120
    return !answer.empty() && answer[0] == 'y' ? 0 : 1;
}
