package org.lightbus.cdi.rpc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.lightbus.api.BusApi;

@BusApi("accounts")
public interface Accounts {

    record Account(UUID id, String owner, BigDecimal balance, LocalDate opened, byte[] photo) {
    }

    boolean checkPassword(String username, String password);

    Optional<Account> find(UUID id);

    List<Account> byOwner(String owner);

    CompletionStage<BigDecimal> balance(UUID id);

    void close(UUID id);

    default String describe(UUID id) {
        return find(id).map(Account::owner).orElse("nobody");
    }
}
