#include <cstdlib>
#include <ctime>
#include <string>

std::string RandomPassword(int length) {
    const std::string charset =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$";
    std::srand(std::time(nullptr));                                 // expect: CWE-338
    std::string pw;
    for (int i = 0; i < length; ++i)
        pw += charset[std::rand() % charset.size()];                // expect: CWE-338
    return pw;
}
