package com.truereach.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A definition's {@code clients}: the agency's clients (or brands), each with the ids of its
 * accounts. Every account is in exactly one client; an id naming no account, an account listed
 * twice and an account no client lists are mistakes, named by their field path.
 */
final class ClientGroups {

	private final Map<String, JobDefinition.Account> byId = new HashMap<>();

	/** The client each account id listed so far is in. */
	private final Map<String, String> clientOf = new HashMap<>();

	private final DefinitionErrors errors;

	private ClientGroups(List<JobDefinition.Account> accounts, DefinitionErrors errors) {
		accounts.forEach(a -> byId.putIfAbsent(a.id(), a));
		this.errors = errors;
	}

	/**
	 * The clients with their accounts, in the order given. Without a {@code clients} section
	 * ({@code specs} null), one client {@value JobDefinition#ALL_ACCOUNTS} of every account, named
	 * after the definition.
	 */
	static List<JobDefinition.Client> of(List<DefinitionSpec.Client> specs, List<JobDefinition.Account> accounts,
			String definitionName, DefinitionErrors errors) {
		if (specs == null) {
			String name = definitionName == null || definitionName.isBlank() ? JobDefinition.ALL_ACCOUNTS
					: definitionName.trim();
			return List.of(new JobDefinition.Client(JobDefinition.ALL_ACCOUNTS, name, accounts));
		}
		ClientGroups groups = new ClientGroups(accounts, errors);
		List<JobDefinition.Client> clients = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < specs.size(); i++) {
			DefinitionSpec.Client c = specs.get(i);
			if (c == null || c.id() == null || c.id().isBlank() || c.accounts() == null) {
				continue;
			}
			String id = c.id().trim();
			if (!ids.add(id)) {
				errors.add("clients[" + i + "].id", "'" + id + "' is used twice");
			}
			if (JobDefinition.ALL_ACCOUNTS.equalsIgnoreCase(id)) {
				errors.add("clients[" + i + "].id", "'" + id + "' is reserved for the one client of a definition "
						+ "without clients: choose another id");
			}
			String name = c.name() == null || c.name().isBlank() ? id : c.name().trim();
			clients.add(new JobDefinition.Client(id, name, groups.members(c.accounts(), id, "clients[" + i + "]")));
		}
		for (int i = 0; i < accounts.size(); i++) {
			String id = accounts.get(i).id();
			if (id != null && !groups.clientOf.containsKey(id)) {
				errors.add("accounts[" + i + "].id", "'" + id + "' is in no client: list it under the accounts of one "
						+ "of clients");
			}
		}
		return clients;
	}

	/** The accounts {@code ids} name, for the client {@code client} at {@code at}. */
	private List<JobDefinition.Account> members(List<String> ids, String client, String at) {
		List<JobDefinition.Account> members = new ArrayList<>();
		for (int j = 0; j < ids.size(); j++) {
			String account = ids.get(j) == null ? "" : ids.get(j).trim();
			if (account.isEmpty()) {
				continue;
			}
			String other = clientOf.putIfAbsent(account, client);
			if (!byId.containsKey(account)) {
				errors.add(at + ".accounts[" + j + "]", "no account with id '" + account + "'");
			}
			else if (other != null) {
				errors.add(at + ".accounts[" + j + "]", "'" + account + "' is in client '" + other
						+ "' already (an account belongs to one client)");
			}
			else {
				members.add(byId.get(account));
			}
		}
		return List.copyOf(members);
	}
}
