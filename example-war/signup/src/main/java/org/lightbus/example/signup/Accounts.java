package org.lightbus.example.signup;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The accounts, in memory: enough for the example. A real service keeps them in a database and stores a slow, salted
 * hash of each password, never the password.
 */
@ApplicationScoped
public class Accounts {

    private record Account(String email, String password) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    Accounts() {
        accounts.put("admin", new Account("admin@example.com", UUID.randomUUID().toString()));
    }

    /**
     * @return false if the username is taken; then nothing changed
     */
    boolean create(String username, String email, String password) {
        return accounts.putIfAbsent(username, new Account(email, password)) == null;
    }

    void delete(String username) {
        accounts.remove(username);
    }

    boolean exists(String username) {
        return accounts.containsKey(username);
    }

    boolean passwordMatches(String username, String password) {
        Account account = accounts.get(username);
        return account != null && Objects.equals(account.password(), password);
    }
}
