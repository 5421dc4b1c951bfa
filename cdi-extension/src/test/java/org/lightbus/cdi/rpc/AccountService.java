package org.lightbus.cdi.rpc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccountService implements Accounts {

    static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private final Map<UUID, Account> accounts = new ConcurrentHashMap<>(Map.of(ADA,
            new Account(ADA, "ada", new BigDecimal("12.50"), LocalDate.of(2020, 1, 2), new byte[] { 1, 2, 3 })));

    @Override
    public boolean checkPassword(String username, String password) {
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username must not be empty");
        }
        return "secret".equals(password);
    }

    @Override
    public Optional<Account> find(UUID id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public List<Account> byOwner(String owner) {
        return accounts.values().stream().filter(a -> a.owner().equals(owner)).toList();
    }

    @Override
    public CompletionStage<BigDecimal> balance(UUID id) {
        Account account = accounts.get(id);
        return account == null ? CompletableFuture.failedFuture(new IllegalStateException("no account " + id))
                : CompletableFuture.completedFuture(account.balance());
    }

    @Override
    public void close(UUID id) {
        accounts.remove(id);
    }
}
